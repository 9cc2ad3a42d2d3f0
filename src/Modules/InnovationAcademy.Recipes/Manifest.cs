using InnovationAcademy.Core.Modules;

[assembly: Module(
    Id = "InnovationAcademy.Recipes",
    Name = "Recipes",
    Description = "Runs recipes from the shipped folder or an upload, and exports the site as a recipe.",
    Category = "Content")]
