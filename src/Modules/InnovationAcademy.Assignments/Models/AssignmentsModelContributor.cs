using InnovationAcademy.Core.Data;

namespace InnovationAcademy.Assignments.Models;

public sealed class AssignmentsModelContributor : AssemblyModelContributor;
