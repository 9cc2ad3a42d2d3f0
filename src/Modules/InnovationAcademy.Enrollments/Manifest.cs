using InnovationAcademy.Core.Modules;

[assembly: Module(
    Id = "InnovationAcademy.Enrollments",
    Name = "Enrolments",
    Description = "Who takes a course: enrolment methods, capacity and waiting lists, learners' progress and completion, bulk import, course enquiries.",
    Category = "Learning",
    Dependencies = ["InnovationAcademy.Courses", "InnovationAcademy.Users"])]
