using InnovationAcademy.Core.Data;

namespace InnovationAcademy.Cohorts.Models;

public sealed class CohortsModelContributor : AssemblyModelContributor;
