using InnovationAcademy.Core.Data;

namespace InnovationAcademy.Media.Models;

public sealed class MediaModelContributor : AssemblyModelContributor;
