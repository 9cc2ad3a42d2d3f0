using InnovationAcademy.Core.Data;

namespace InnovationAcademy.Community.Models;

internal sealed class CommunityModelContributor : AssemblyModelContributor;
