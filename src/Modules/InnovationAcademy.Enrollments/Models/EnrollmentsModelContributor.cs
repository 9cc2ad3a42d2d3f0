using InnovationAcademy.Core.Data;

namespace InnovationAcademy.Enrollments.Models;

public sealed class EnrollmentsModelContributor : AssemblyModelContributor;
