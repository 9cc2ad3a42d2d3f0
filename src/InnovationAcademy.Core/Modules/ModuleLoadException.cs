namespace InnovationAcademy.Core.Modules;

/// <summary>The installed modules cannot form a site (a missing or circular dependency).</summary>
public sealed class ModuleLoadException : Exception
{
    public ModuleLoadException(string message) : base(message)
    {
    }

    public ModuleLoadException()
    {
    }

    public ModuleLoadException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
