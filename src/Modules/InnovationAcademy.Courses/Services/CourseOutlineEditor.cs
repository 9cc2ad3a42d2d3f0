namespace InnovationAcademy.Courses.Services;

/// <summary>What became of a change to a course's outline.</summary>
/// <param name="Found">False when the course, module or lesson named is not there (nothing was saved).</param>
/// <param name="Errors">Why the changed course could not be saved, each with its module and lesson.</param>
internal sealed record OutlineChange(bool Found, IReadOnlyList<CourseError> Errors)
{
    public static OutlineChange Missing { get; } = new(false, []);

    public bool Saved => Found && Errors.Count == 0;
}

/// <summary>
/// The outline's edits an editor makes on the course page — add, rename, move and delete modules and lessons. Each
/// loads the latest version, changes its outline and saves it as a new draft version (or reports why it cannot).
/// </summary>
internal sealed class CourseOutlineEditor(CourseStore store)
{
    public Task<OutlineChange> AddModuleAsync(string slug, string? title, string editor, string note, CancellationToken cancellationToken) =>
        ChangeAsync(slug, editor, note, modules =>
        {
            modules.Add(new ModuleDefinition(title?.Trim() ?? "", []));
            return true;
        }, cancellationToken);

    public Task<OutlineChange> RenameModuleAsync(string slug, int index, string? title, string editor, string note, CancellationToken cancellationToken) =>
        ChangeAsync(slug, editor, note, modules =>
        {
            if (index < 0 || index >= modules.Count)
            {
                return false;
            }

            modules[index] = modules[index] with { Title = title?.Trim() ?? "" };
            return true;
        }, cancellationToken);

    /// <param name="by">Negative: up one place; positive: down one place.</param>
    public Task<OutlineChange> MoveModuleAsync(string slug, int index, int by, string editor, string note, CancellationToken cancellationToken) =>
        ChangeAsync(slug, editor, note, modules => Move(modules, index, by), cancellationToken);

    public Task<OutlineChange> DeleteModuleAsync(string slug, int index, string editor, string note, CancellationToken cancellationToken) =>
        ChangeAsync(slug, editor, note, modules =>
        {
            if (index < 0 || index >= modules.Count)
            {
                return false;
            }

            modules.RemoveAt(index);
            return true;
        }, cancellationToken);

    /// <param name="by">Negative: up one place; positive: down one place, within its module.</param>
    public Task<OutlineChange> MoveLessonAsync(string slug, Guid key, int by, string editor, string note, CancellationToken cancellationToken) =>
        ChangeAsync(slug, editor, note, modules =>
        {
            for (var m = 0; m < modules.Count; m++)
            {
                var lessons = modules[m].Lessons.ToList();
                var index = lessons.FindIndex(l => l.Key == key);
                if (index >= 0)
                {
                    var moved = Move(lessons, index, by);
                    modules[m] = modules[m] with { Lessons = lessons };
                    return moved;
                }
            }

            return false;
        }, cancellationToken);

    public Task<OutlineChange> DeleteLessonAsync(string slug, Guid key, string editor, string note, CancellationToken cancellationToken) =>
        ChangeAsync(slug, editor, note, modules =>
        {
            var found = false;
            for (var m = 0; m < modules.Count; m++)
            {
                var kept = modules[m].Lessons.Where(l => l.Key != key).ToList();
                found |= kept.Count != modules[m].Lessons.Count;
                modules[m] = modules[m] with { Lessons = kept };
            }

            return found;
        }, cancellationToken);

    /// <summary>Loads the latest version, lets <paramref name="change"/> edit its modules (false: what it names is missing) and saves.</summary>
    private async Task<OutlineChange> ChangeAsync(string slug, string editor, string note, Func<List<ModuleDefinition>, bool> change, CancellationToken cancellationToken)
    {
        if (await store.GetVersionAsync(slug, cancellationToken: cancellationToken) is not { } latest)
        {
            return OutlineChange.Missing;
        }

        var definition = CourseStore.ToDefinition(latest);
        var modules = definition.Modules.ToList();
        if (!change(modules))
        {
            return OutlineChange.Missing;
        }

        return new OutlineChange(true, await store.SaveAsync(definition with { Modules = modules }, editor, note, cancellationToken));
    }

    private static bool Move<TItem>(List<TItem> items, int index, int by)
    {
        var target = index + Math.Sign(by);
        if (index < 0 || index >= items.Count || target < 0 || target >= items.Count)
        {
            return false;
        }

        (items[index], items[target]) = (items[target], items[index]);
        return true;
    }
}
