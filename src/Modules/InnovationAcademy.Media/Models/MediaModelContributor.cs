using InnovationAcademy.Core.Data;

namespace InnovationAcademy.Media.Models;

internal sealed class MediaModelContributor : AssemblyModelContributor;
