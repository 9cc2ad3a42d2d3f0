using InnovationAcademy.Core.Data;

namespace InnovationAcademy.Enrollments.Models;

internal sealed class EnrollmentsModelContributor : AssemblyModelContributor;
