namespace InnovationAcademy.Core.Features;

/// <summary>Which features are on, and turning them on and off with their dependencies.</summary>
public interface IFeatureManager
{
    /// <summary>The enabled feature ids, always including the modules that are always enabled.</summary>
    Task<IReadOnlySet<string>> GetEnabledAsync(CancellationToken cancellationToken = default);

    Task<bool> IsEnabledAsync(string featureId, CancellationToken cancellationToken = default);

    /// <summary>Enables the features and everything they depend on; returns the ids newly enabled.</summary>
    Task<IReadOnlyList<string>> EnableAsync(IEnumerable<string> featureIds, CancellationToken cancellationToken = default);

    /// <summary>
    /// Disables the features. Refuses (with <see cref="FeatureChangeException"/>) an unknown id, an
    /// always-enabled module, or a feature that an enabled feature outside the request still needs.
    /// </summary>
    Task<IReadOnlyList<string>> DisableAsync(IEnumerable<string> featureIds, CancellationToken cancellationToken = default);
}

/// <summary>A feature change that cannot be made; the message says why in terms an administrator knows.</summary>
public sealed class FeatureChangeException : Exception
{
    public FeatureChangeException(string message) : base(message)
    {
    }

    public FeatureChangeException()
    {
    }

    public FeatureChangeException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
