using InnovationAcademy.Core.Modules;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Controllers;

namespace InnovationAcademy.Core.Features;

/// <summary>
/// Answers 404 for any endpoint that belongs to a disabled module. Runs after routing, so it sees the
/// chosen endpoint: minimal-API endpoints carry <see cref="FeatureMetadata"/>, controllers are known by
/// their assembly. Enabling the module back takes effect on the next request, without a restart.
/// </summary>
internal sealed class FeatureGateMiddleware(RequestDelegate next, ModuleCatalog catalog)
{
    public async Task InvokeAsync(HttpContext context, IFeatureManager features)
    {
        var featureId = FeatureOf(context.GetEndpoint());
        if (featureId is not null && !await features.IsEnabledAsync(featureId, context.RequestAborted))
        {
            context.SetEndpoint(null);
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        await next(context);
    }

    private string? FeatureOf(Endpoint? endpoint)
    {
        if (endpoint is null)
        {
            return null;
        }

        var metadata = endpoint.Metadata.GetMetadata<FeatureMetadata>();
        if (metadata is not null)
        {
            return metadata.FeatureId;
        }

        var action = endpoint.Metadata.GetMetadata<ControllerActionDescriptor>();
        return action is null ? null : catalog.FindByType(action.ControllerTypeInfo)?.Id;
    }
}
