using InnovationAcademy.Core.Modules;

[assembly: Module(
    Id = "InnovationAcademy.Users",
    Name = "Users and roles",
    Description = "Sign-in, registration, profiles, and the management of users, roles and permissions.",
    Category = "Security",
    Dependencies = ["InnovationAcademy.Notifications"],
    AlwaysEnabled = true)]
