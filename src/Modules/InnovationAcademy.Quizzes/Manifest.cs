using InnovationAcademy.Core.Modules;

[assembly: Module(
    Id = InnovationAcademy.Quizzes.Feature.Id,
    Name = "Quizzes",
    Description = "Module quizzes graded on the server: six question types, attempts, time limits, review rules and results; a passed quiz completes its module.",
    Category = "Learning",
    Dependencies = ["InnovationAcademy.Courses", "InnovationAcademy.Enrollments"])]
