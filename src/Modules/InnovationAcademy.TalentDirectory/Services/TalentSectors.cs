using InnovationAcademy.Core.Audit;
using InnovationAcademy.Core.Data;
using InnovationAcademy.Core.Sectors;
using InnovationAcademy.Core.Text;
using InnovationAcademy.TalentDirectory.Models;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.TalentDirectory.Services;

/// <summary>A sector with how many profiles use it.</summary>
internal sealed record SectorUse(int Id, string Name, int Profiles);

/// <summary>The managed list of sectors. Renaming a sector re-indexes its profiles so searches find the new name.</summary>
internal sealed class TalentSectors(AcademyDbContext db, IAuditLog audit, TalentDirectoryChanges changes)
{
    public async Task<IReadOnlyList<SectorUse>> ListAsync(CancellationToken cancellationToken = default) =>
        await db.Set<TalentSector>().AsNoTracking().OrderBy(s => s.Name)
            .Select(s => new SectorUse(s.Id, s.Name, db.Set<TalentProfile>().Count(p => p.SectorId == s.Id))).ToListAsync(cancellationToken);

    public async Task<string?> SaveAsync(int? id, string? name, CancellationToken cancellationToken = default)
    {
        name = name?.Trim() ?? "";
        if (name.Length is 0 or > 100)
        {
            return "Give the sector a name of up to 100 characters.";
        }

        var all = await db.Set<TalentSector>().ToListAsync(cancellationToken);
        if (all.Any(s => s.Id != id && string.Equals(TextFolding.Fold(s.Name), TextFolding.Fold(name), StringComparison.Ordinal)))
        {
            return "There is already a sector with this name.";
        }

        var sector = id is { } existing ? all.FirstOrDefault(s => s.Id == existing) : null;
        if (id is not null && sector is null)
        {
            return "This sector no longer exists.";
        }

        if (sector is null)
        {
            db.Add(new TalentSector { Name = name });
            audit.Record("talent.sector.added", name);
        }
        else
        {
            audit.Record("talent.sector.renamed", sector.Name, AuditNote.Say("to {0}", name));
            sector.Name = name;
            foreach (var profile in await db.Set<TalentProfile>().Where(p => p.SectorId == sector.Id).ToListAsync(cancellationToken))
            {
                profile.Sector = sector;
                TalentProfileRules.Refresh(profile);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await changes.ChangedAsync();
        return null;
    }

    public async Task<string?> DeleteAsync(int id, CancellationToken cancellationToken = default)
    {
        var sector = await db.Set<TalentSector>().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (sector is null)
        {
            return "This sector no longer exists.";
        }

        foreach (var profile in await db.Set<TalentProfile>().Where(p => p.SectorId == id).ToListAsync(cancellationToken))
        {
            profile.Sector = null;
            profile.SectorId = null;
            TalentProfileRules.Refresh(profile);
        }

        db.Remove(sector);
        audit.Record("talent.sector.deleted", sector.Name);
        await db.SaveChangesAsync(cancellationToken);
        await changes.ChangedAsync();
        return null;
    }
}

/// <summary>The directory's sectors are the site's list (<see cref="ISectorList"/>), which the cohort intake offers too.</summary>
internal sealed class TalentSectorList(AcademyDbContext db) : ISectorList
{
    public async Task<IReadOnlyList<string>> NamesAsync(CancellationToken cancellationToken = default)
    {
        var names = await db.Set<TalentSector>().AsNoTracking().OrderBy(s => s.Id).Select(s => s.Name).ToListAsync(cancellationToken);
        return names.Count > 0 ? SectorNames.InReadingOrder(names) : SectorNames.Defaults;
    }
}
