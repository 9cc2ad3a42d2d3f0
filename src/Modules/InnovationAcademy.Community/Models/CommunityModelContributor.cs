using InnovationAcademy.Core.Data;

namespace InnovationAcademy.Community.Models;

public sealed class CommunityModelContributor : AssemblyModelContributor;
