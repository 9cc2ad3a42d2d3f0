using InnovationAcademy.Core.Modules;

[assembly: Module(
    Id = "InnovationAcademy.Notifications",
    Name = "E-mail",
    Description = "Sends e-mail over SMTP through an outbox, with retries and Liquid templates in Spanish and English.",
    Category = "Infrastructure",
    AlwaysEnabled = true)]
