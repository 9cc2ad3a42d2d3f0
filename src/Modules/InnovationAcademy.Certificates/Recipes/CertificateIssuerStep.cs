using System.Text.Json.Nodes;
using InnovationAcademy.Certificates.Models;
using InnovationAcademy.Certificates.Services;
using InnovationAcademy.Core.Recipes;

namespace InnovationAcademy.Certificates.Recipes;

/// <summary>
/// <c>{ "name": "CertificateIssuer", "organisation", "url", "signatoryName", "signatoryTitle", "profileShareUrl" }</c>:
/// who issues the site's certificates, and the signing key made if the site has none. The logo is uploaded in the
/// administration.
/// </summary>
internal sealed class CertificateIssuerStep(CertificateSettingsStore settings, CredentialSigner signer) : IRecipeStepHandler, IRecipeExportSource
{
    public string StepName => "CertificateIssuer";

    public int Order => 150;

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var step = context.Step;
        const string label = "certificate issuer";
        var current = await settings.IssuerAsync(cancellationToken);
        current.OrganisationName = RecipeStepContext.OptionalString(step, "organisation", label) ?? current.OrganisationName;
        current.OrganisationUrl = RecipeStepContext.OptionalString(step, "url", label) ?? current.OrganisationUrl;
        current.SignatoryName = RecipeStepContext.OptionalString(step, "signatoryName", label) ?? current.SignatoryName;
        current.SignatoryTitle = RecipeStepContext.OptionalString(step, "signatoryTitle", label) ?? current.SignatoryTitle;
        current.ProfileShareUrl = RecipeStepContext.OptionalString(step, "profileShareUrl", label) ?? current.ProfileShareUrl;
        if (IssuerRules.Check(current) is { } problem)
        {
            throw new RecipeItemException(label, problem.Message);
        }

        await settings.SaveIssuerAsync(current, cancellationToken);

        // The site's signing key is made at setup, not at the first learner's download.
        await signer.CurrentAsync(cancellationToken);
    }

    public async Task ExportAsync(RecipeExportContext context, CancellationToken cancellationToken)
    {
        var issuer = await settings.IssuerAsync(cancellationToken);
        context.AddStep(StepName, new JsonObject
        {
            ["organisation"] = issuer.OrganisationName,
            ["url"] = issuer.OrganisationUrl,
            ["signatoryName"] = issuer.SignatoryName,
            ["signatoryTitle"] = issuer.SignatoryTitle,
            ["profileShareUrl"] = issuer.ProfileShareUrl,
        });
    }
}
