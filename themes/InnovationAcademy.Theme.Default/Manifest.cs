using InnovationAcademy.Core.Modules;

[assembly: Theme(
    Id = "InnovationAcademy.Theme.Default",
    Name = "Default theme",
    Description = "A clean, accessible, mobile-first theme for the site and its admin.",
    Category = "Themes",
    ViewsFolder = "Default",
    AlwaysEnabled = true)]
