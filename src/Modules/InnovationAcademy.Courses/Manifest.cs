using InnovationAcademy.Core.Modules;

[assembly: Module(
    Id = "InnovationAcademy.Courses",
    Name = "Courses",
    Description = "Self-paced courses of modules and lessons: the catalog, course and lesson pages, the API and the \"Courses\" recipe step.",
    Category = "Learning")]
