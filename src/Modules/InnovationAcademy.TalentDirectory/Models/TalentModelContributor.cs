using InnovationAcademy.Core.Data;

namespace InnovationAcademy.TalentDirectory.Models;

public sealed class TalentModelContributor : AssemblyModelContributor;
