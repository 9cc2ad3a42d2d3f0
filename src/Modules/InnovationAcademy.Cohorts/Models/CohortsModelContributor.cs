using InnovationAcademy.Core.Data;

namespace InnovationAcademy.Cohorts.Models;

internal sealed class CohortsModelContributor : AssemblyModelContributor;
