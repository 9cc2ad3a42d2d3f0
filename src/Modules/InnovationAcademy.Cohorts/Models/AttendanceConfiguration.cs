using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InnovationAcademy.Cohorts.Models;

internal sealed class AttendanceConfiguration : IEntityTypeConfiguration<Attendance>
{
    public void Configure(EntityTypeBuilder<Attendance> attendance)
    {
        attendance.ToTable("CohortAttendance");
        attendance.HasKey(a => a.Id);
        attendance.HasIndex(a => new { a.SessionId, a.ApplicationId }).IsUnique();
        attendance.HasIndex(a => a.ApplicationId);
        attendance.Property(a => a.MarkedBy).HasMaxLength(256);
        attendance.Property(a => a.Source).HasMaxLength(8);
        attendance.HasOne<CohortSession>().WithMany().HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.Cascade);
        attendance.HasOne<CohortApplication>().WithMany().HasForeignKey(a => a.ApplicationId).OnDelete(DeleteBehavior.NoAction);
    }
}
