using InnovationAcademy.Core.Data;

namespace InnovationAcademy.Assignments.Models;

internal sealed class AssignmentsModelContributor : AssemblyModelContributor;
