using InnovationAcademy.Core.Modules;

[assembly: Module(
    Id = "InnovationAcademy.Admin",
    Name = "Admin",
    Description = "The admin dashboard, its menu and the audit trail.",
    Category = "Infrastructure",
    AlwaysEnabled = true)]
