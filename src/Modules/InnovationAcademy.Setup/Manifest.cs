using InnovationAcademy.Core.Modules;

[assembly: Module(
    Id = "InnovationAcademy.Setup",
    Name = "Setup",
    Description = "First-run setup at /setup, or unattended from the Setup:* configuration.",
    Category = "Infrastructure",
    Dependencies = ["InnovationAcademy.Users", "InnovationAcademy.Settings"],
    AlwaysEnabled = true)]
