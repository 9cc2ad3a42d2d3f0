using InnovationAcademy.Core.Modules;

[assembly: Module(
    Id = InnovationAcademy.Assignments.Feature.Id,
    Name = "Assignments",
    Description = "A course's final assignment: instructions and rubric, submissions with files checked by content, grading with feedback and blind review; an accepted assignment completes the course.",
    Category = "Learning",
    Dependencies = ["InnovationAcademy.Courses", "InnovationAcademy.Enrollments"])]
