using InnovationAcademy.Core.Modules;

[assembly: Module(
    Id = "InnovationAcademy.Community",
    Name = "Community",
    Description = "Discussion spaces that outlive a cohort: threads and replies in plain text, members' reports, moderation (hide, restore, lock, pin). Other modules open spaces for their people (a cohort's participants today).",
    Category = "Learning")]
