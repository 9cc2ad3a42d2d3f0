using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Hosting;
using InnovationAcademy.Core.Modules;
using InnovationAcademy.Core.Navigation;
using InnovationAcademy.Core.Security;
using InnovationAcademy.Courses.Recipes;
using InnovationAcademy.Courses.Services;
using InnovationAcademy.Enrollments.Services;
using InnovationAcademy.Quizzes.Models;
using InnovationAcademy.Quizzes.Recipes;
using InnovationAcademy.Quizzes.Services;
using Microsoft.Extensions.DependencyInjection;

namespace InnovationAcademy.Quizzes;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<IModelContributor, QuizzesModelContributor>();
        services.AddScoped<IPermissionProvider, Permissions>();
        services.AddScoped<INavigationProvider, AdminMenu>();

        services.AddScoped<QuizStore>();
        services.AddScoped<QuizCourseNames>();
        services.AddScoped<QuizAttempts>();
        services.AddScoped<QuizResults>();
        services.AddScoped<QuestionBank>();
        services.AddSingleton<AttemptCloser>();
        services.AddSingleton<IPeriodicWork>(provider => provider.GetRequiredService<AttemptCloser>());

        services.AddScoped<ICompletionRequirementProvider, QuizCompletionRequirements>();
        services.AddScoped<IGradeProvider, QuizGrades>();
        services.AddScoped<ICourseDisplayHandler, QuizCourseDisplay>();
        services.AddScoped<ICourseEditorHandler, QuizCourseEditor>();
        services.AddScoped<ICourseModuleRecipeHandler, QuizRecipeHandler>();
        services.AddScoped<ICourseRecipeHandler, QuestionBankRecipeHandler>();
    }
}
