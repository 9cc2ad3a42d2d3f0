using InnovationAcademy.Core.Data;

namespace InnovationAcademy.TalentDirectory.Models;

internal sealed class TalentModelContributor : AssemblyModelContributor;
