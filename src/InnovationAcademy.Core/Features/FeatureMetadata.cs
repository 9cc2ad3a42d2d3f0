namespace InnovationAcademy.Core.Features;

/// <summary>Endpoint metadata naming the module that owns an endpoint.</summary>
public sealed record FeatureMetadata(string FeatureId);
