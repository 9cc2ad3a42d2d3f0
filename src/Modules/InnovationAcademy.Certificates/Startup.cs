using InnovationAcademy.Certificates.Models;
using InnovationAcademy.Certificates.Recipes;
using InnovationAcademy.Certificates.Services;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Modules;
using InnovationAcademy.Core.Navigation;
using InnovationAcademy.Core.Recipes;
using InnovationAcademy.Core.Security;
using InnovationAcademy.Courses.Recipes;
using InnovationAcademy.Courses.Services;
using InnovationAcademy.Enrollments.Services;
using Microsoft.Extensions.DependencyInjection;

namespace InnovationAcademy.Certificates;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<IModelContributor, CertificatesModelContributor>();
        services.AddScoped<IPermissionProvider, Permissions>();
        services.AddScoped<INavigationProvider, AdminMenu>();
        services.AddScoped<INavigationProvider, MainMenu>();

        services.AddScoped<CertificateSettingsStore>();
        services.AddScoped<CertificateIssuer>();
        services.AddScoped<CertificateQueries>();
        services.AddScoped<CertificateDocuments>();
        services.AddScoped<CredentialSigner>();
        services.AddScoped<OpenBadgeCredentials>();
        services.AddScoped<CourseCertificates>();
        services.AddScoped<CohortCertificates>();
        services.AddScoped<IEnrollmentEventHandler>(provider => provider.GetRequiredService<CourseCertificates>());

        services.AddScoped<ICourseDisplayHandler, CertificateCourseDisplay>();
        services.AddScoped<ICourseEditorHandler, CertificateCourseEditor>();
        services.AddScoped<ICourseRecipeHandler, CertificateRecipeHandler>();
        services.AddScoped<IRecipeStepHandler, CertificateIssuerStep>();
        services.AddScoped<IRecipeExportSource, CertificateIssuerStep>();
    }
}
