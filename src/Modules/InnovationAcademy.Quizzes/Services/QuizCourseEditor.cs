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

    public async Task BuildAsync(CourseEditorContext context, CancellationToken cancellationToken)
    {
        var courseId = context.Course.CourseId;
        var quizzes = await db.Set<Quiz>().AsNoTracking().CountAsync(q => q.CourseId == courseId, cancellationToken);
        var ready = await QuizStore.Ready(db.Set<Quiz>().AsNoTracking(), db.Set<Question>()).CountAsync(q => q.CourseId == courseId, cancellationToken);
        context.Add(View, new QuizEditorCard(context.Course.Slug, quizzes, ready, await authorization.AuthorizeAsync(context.User, Permissions.EditQuizzes)), 20);
    }
}

internal sealed record QuizEditorCard(string Slug, int Quizzes, int Ready, bool CanEdit);
