using InnovationAcademy.Core.Courses;
using InnovationAcademy.Core.Home;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Modules;
using InnovationAcademy.Core.Navigation;
using InnovationAcademy.Core.Recipes;
using InnovationAcademy.Core.Security;
using InnovationAcademy.Courses.Services;
using InnovationAcademy.Enrollments.Models;
using InnovationAcademy.Enrollments.Recipes;
using InnovationAcademy.Enrollments.Services;
using Microsoft.Extensions.DependencyInjection;

namespace InnovationAcademy.Enrollments;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<IModelContributor, EnrollmentsModelContributor>();
        services.AddScoped<IPermissionProvider, Permissions>();
        services.AddScoped<IWaitingWorkProvider, EnrollmentWaitingWork>();
        services.AddScoped<IHomeSection, ContinueHomeSection>();
        services.AddScoped<ILearnerCourses, TakenCourses>();
        services.AddScoped<INavigationProvider, AdminMenu>();
        services.AddScoped<INavigationProvider, MainMenu>();

        services.AddScoped<EnrollmentActor>();
        services.AddScoped<EnrollmentNotifier>();
        services.AddScoped<EnrollmentEvents>();
        services.AddScoped<EnrollmentService>();
        services.AddScoped<ProgressTracker>();
        services.AddScoped<LearnerEnrollments>();
        services.AddScoped<MyCourses>();
        services.AddScoped<EnrollmentRoster>();
        services.AddScoped<CourseCompletions>();
        services.AddScoped<CourseGrades>();
        services.AddScoped<EnrollmentImport>();
        services.AddScoped<EnquiryService>();

        services.AddScoped<ILessonAccessHandler, EnrollmentLessonAccess>();
        services.AddScoped<ICourseDisplayHandler, EnrollmentCourseDisplay>();
        services.AddScoped<ICourseEditorHandler, EnrollmentCourseEditor>();

        services.AddScoped<IRecipeStepHandler, EnrollmentsStep>();
        services.AddScoped<IRecipeExportSource, EnrollmentsStep>();
    }
}
