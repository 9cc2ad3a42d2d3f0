using InnovationAcademy.Core.Modules;

[assembly: Module(
    Id = "InnovationAcademy.Features",
    Name = "Features",
    Description = "Turns the site's features on and off, at /admin/features and with the recipe step \"Feature\".",
    Category = "Infrastructure",
    AlwaysEnabled = true)]
