using InnovationAcademy.Core.Data;

namespace InnovationAcademy.Courses.Models;

internal sealed class CoursesModelContributor : AssemblyModelContributor;
