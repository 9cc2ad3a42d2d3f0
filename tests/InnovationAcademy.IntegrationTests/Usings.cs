global using System.Net;
global using InnovationAcademy.Testing;
global using Xunit;
