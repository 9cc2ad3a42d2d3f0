using InnovationAcademy.Core.Modules;

[assembly: Module(
    Id = "InnovationAcademy.Home",
    Name = "Home",
    Description = "The home page, the language switcher and the pages shown for errors.",
    Category = "Site",
    AlwaysEnabled = true)]
