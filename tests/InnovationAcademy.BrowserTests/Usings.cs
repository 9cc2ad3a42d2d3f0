global using InnovationAcademy.Testing;
