using System.Text.Json.Nodes;
using InnovationAcademy.Certificates.Models;
using InnovationAcademy.Certificates.Services;
using InnovationAcademy.Core.Courses;
using InnovationAcademy.Core.Recipes;
using InnovationAcademy.Courses.Recipes;

namespace InnovationAcademy.Certificates.Recipes;

/// <summary>
/// A course item of the <c>Courses</c> step may carry <c>"certificate": { "enabled", "signatoryName",
/// "signatoryTitle", "template" }</c> (the template in the certificate's Liquid; absent for the default).
/// </summary>
internal sealed class CertificateRecipeHandler(CertificateSettingsStore settings) : ICourseRecipeHandler
{
    public async Task ImportAsync(CourseRef course, JsonObject item, string label, CancellationToken cancellationToken)
    {
        if (item["certificate"] is null)
        {
            return;
        }

        if (item["certificate"] is not JsonObject certificate)
        {
            throw new RecipeItemException(label, "\"certificate\" must be an object.");
        }

        label += ", certificate";
        var template = RecipeStepContext.OptionalString(certificate, "template", label);
        if (template is not null && await CertificateTemplates.CheckAsync(template) is { } problem)
        {
            throw new RecipeItemException(label, "\"template\" cannot be used: " + problem.ToString());
        }

        await settings.SaveCourseAsync(new CourseCertificateSettings
        {
            CourseId = course.Id,
            Enabled = RecipeStepContext.OptionalBool(certificate, "enabled", label) ?? true,
            SignatoryName = Limited(RecipeStepContext.OptionalString(certificate, "signatoryName", label), label, "signatoryName"),
            SignatoryTitle = Limited(RecipeStepContext.OptionalString(certificate, "signatoryTitle", label), label, "signatoryTitle"),
            Template = template,
        }, course.Slug, cancellationToken);
    }

    public async Task ExportAsync(CourseRef course, JsonObject item, CancellationToken cancellationToken)
    {
        var saved = await settings.CourseAsync(course.Id, cancellationToken);
        if (saved.Id == 0)
        {
            return;
        }

        item["certificate"] = new JsonObject
        {
            ["enabled"] = saved.Enabled,
            ["signatoryName"] = saved.SignatoryName,
            ["signatoryTitle"] = saved.SignatoryTitle,
            ["template"] = saved.Template,
        };
    }

    private static string Limited(string? value, string label, string property) =>
        value is { Length: > 200 } ? throw new RecipeItemException(label, $"\"{property}\" has at most 200 characters.") : value ?? "";
}
