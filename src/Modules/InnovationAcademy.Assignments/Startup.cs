using InnovationAcademy.Core.Home;
using InnovationAcademy.Assignments.Models;
using InnovationAcademy.Assignments.Recipes;
using InnovationAcademy.Assignments.Services;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Modules;
using InnovationAcademy.Core.Navigation;
using InnovationAcademy.Core.Security;
using InnovationAcademy.Courses.Recipes;
using InnovationAcademy.Courses.Services;
using InnovationAcademy.Enrollments.Services;
using Microsoft.Extensions.DependencyInjection;

namespace InnovationAcademy.Assignments;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<IModelContributor, AssignmentsModelContributor>();
        services.AddScoped<IPermissionProvider, Permissions>();
        services.AddScoped<IWaitingWorkProvider, AssignmentWaitingWork>();
        services.AddScoped<IHomeSection, DeadlinesHomeSection>();
        services.AddScoped<INavigationProvider, AdminMenu>();

        services.AddSingleton<SubmissionStore>();
        services.AddScoped<AssignmentService>();
        services.AddScoped<AssignmentOutcomes>();

        services.AddScoped<ICompletionRequirementProvider, AssignmentCompletionRequirements>();
        services.AddScoped<IGradeProvider, AssignmentGrades>();
        services.AddScoped<ICourseDisplayHandler, AssignmentCourseDisplay>();
        services.AddScoped<ICourseEditorHandler, AssignmentCourseEditor>();
        services.AddScoped<ICourseRecipeHandler, AssignmentRecipeHandler>();
    }
}
