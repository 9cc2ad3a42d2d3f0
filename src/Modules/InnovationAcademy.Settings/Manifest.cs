using InnovationAcademy.Core.Modules;

[assembly: Module(
    Id = "InnovationAcademy.Settings",
    Name = "Site settings",
    Description = "The site's name, default language, registration and theme, at /admin/settings and with the recipe step \"Settings\".",
    Category = "Infrastructure",
    AlwaysEnabled = true)]
