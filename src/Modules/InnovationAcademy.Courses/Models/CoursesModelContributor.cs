using InnovationAcademy.Core.Data;

namespace InnovationAcademy.Courses.Models;

public sealed class CoursesModelContributor : AssemblyModelContributor;
