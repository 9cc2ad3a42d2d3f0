using InnovationAcademy.Core.Modules;

namespace InnovationAcademy.Home;

/// <summary>The Home module has only controllers and views; nothing to register.</summary>
public sealed class Startup : StartupBase
{
}
