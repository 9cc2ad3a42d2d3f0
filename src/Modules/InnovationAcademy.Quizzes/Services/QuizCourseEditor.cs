using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Security;
using InnovationAcademy.Courses.Services;
using InnovationAcademy.Quizzes.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Quizzes.Services;

/// <summary>On a course's administration page: its quizzes, how many learners can take, and links to results and the question bank.</summary>
internal sealed class QuizCourseEditor(IAuthorizationService authorization, AcademyDbContext db) : ICourseEditorHandler
{
    public const string View = "~/Views/QuizParts/CourseEditorCard.cshtml";

    public Permission Permission => Permissions.ViewQuizzes;

    public const string ModuleView = "~/Views/QuizParts/ModuleQuiz.cshtml";

    public async Task BuildAsync(CourseEditorContext context, CancellationToken cancellationToken)
    {
        var courseId = context.Course.CourseId;
        var all = await db.Set<Quiz>().AsNoTracking().Where(q => q.CourseId == courseId).Select(q => new { q.Key, q.ModuleKey, q.Title }).ToListAsync(cancellationToken);
        var readyKeys = await QuizStore.Ready(db.Set<Quiz>().AsNoTracking(), db.Set<Question>()).Where(q => q.CourseId == courseId).Select(q => q.Key).ToListAsync(cancellationToken);
        var canEdit = await authorization.AuthorizeAsync(context.User, Permissions.EditQuizzes);
        context.Add(View, new QuizEditorCard(context.Course.Slug, all.Count, readyKeys.Count, canEdit), 20);

        // Each module of the outline shows its quiz where it sits on the learners' path, or a way to add one.
        foreach (var module in context.Course.Modules)
        {
            var quiz = all.FirstOrDefault(q => q.ModuleKey == module.Key);
            if (quiz is not null || canEdit)
            {
                context.AddToModule(module.Key, ModuleView,
                    new ModuleQuizPart(context.Course.Slug, module.Key, module.Title, quiz?.Key, quiz?.Title, quiz is not null && readyKeys.Contains(quiz.Key), canEdit), 20);
            }
        }
    }
}

internal sealed record QuizEditorCard(string Slug, int Quizzes, int Ready, bool CanEdit);

/// <summary>A module's quiz in the course editor's outline: its title and whether learners can take it, or none yet.</summary>
internal sealed record ModuleQuizPart(string Slug, Guid ModuleKey, string ModuleTitle, Guid? QuizKey, string? QuizTitle, bool Ready, bool CanEdit);
