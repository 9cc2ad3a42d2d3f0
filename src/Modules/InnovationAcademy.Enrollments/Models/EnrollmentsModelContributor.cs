using InnovationAcademy.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace InnovationAcademy.Enrollments.Models;

public sealed class EnrollmentsModelContributor : IModelContributor
{
    public void Contribute(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<EnrollmentSettings>(settings =>
        {
            settings.ToTable("EnrollmentSettings");
            settings.HasKey(s => s.CourseId);
            settings.Property(s => s.CourseId).ValueGeneratedNever();
            settings.Property(s => s.Method).HasConversion<string>().HasMaxLength(30);
            settings.Property(s => s.EnrollmentKey).HasMaxLength(100);
            settings.Property(s => s.Revision).IsConcurrencyToken();
        });

        modelBuilder.Entity<Enrollment>(enrollment =>
        {
            enrollment.ToTable("Enrollments");
            enrollment.HasKey(e => e.Id);
            enrollment.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
            enrollment.HasIndex(e => new { e.CourseId, e.UserId }).IsUnique();
            enrollment.HasIndex(e => new { e.CourseId, e.Status, e.RequestedUtc });
            enrollment.HasIndex(e => e.UserId);
            enrollment.HasMany(e => e.Lessons).WithOne().HasForeignKey(l => l.EnrollmentId).OnDelete(DeleteBehavior.Cascade);
            enrollment.HasMany(e => e.Modules).WithOne().HasForeignKey(m => m.EnrollmentId).OnDelete(DeleteBehavior.Cascade);
            enrollment.HasMany(e => e.Changes).WithOne().HasForeignKey(c => c.EnrollmentId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<LessonCompletion>(lesson =>
        {
            lesson.ToTable("LessonCompletions");
            lesson.HasKey(l => l.Id);
            lesson.Property(l => l.Via).HasMaxLength(20);
            lesson.HasIndex(l => new { l.EnrollmentId, l.LessonKey }).IsUnique();
        });

        modelBuilder.Entity<ModuleCompletion>(module =>
        {
            module.ToTable("ModuleCompletions");
            module.HasKey(m => m.Id);
            module.HasIndex(m => new { m.EnrollmentId, m.ModuleKey }).IsUnique();
        });

        modelBuilder.Entity<EnrollmentChange>(change =>
        {
            change.ToTable("EnrollmentChanges");
            change.HasKey(c => c.Id);
            change.Property(c => c.Action).HasMaxLength(30);
            change.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
            change.Property(c => c.ActorId).HasMaxLength(450);
            change.Property(c => c.ActorName).HasMaxLength(256);
            change.Property(c => c.Reason).HasMaxLength(1000);
            change.HasIndex(c => new { c.EnrollmentId, c.CreatedUtc });
        });

        modelBuilder.Entity<Enquiry>(enquiry =>
        {
            enquiry.ToTable("Enquiries");
            enquiry.HasKey(e => e.Id);
            enquiry.HasIndex(e => e.CourseId);
            enquiry.Property(e => e.Name).HasMaxLength(200);
            enquiry.Property(e => e.Email).HasMaxLength(256);
            enquiry.Property(e => e.Culture).HasMaxLength(10);
            enquiry.Property(e => e.Question).HasMaxLength(4000);
            enquiry.Property(e => e.Answer).HasMaxLength(8000);
            enquiry.Property(e => e.AnsweredBy).HasMaxLength(256);
            enquiry.HasIndex(e => new { e.AnsweredUtc, e.CreatedUtc });
            enquiry.HasIndex(e => e.UserId);
        });

        modelBuilder.Entity<ImportBatch>(batch =>
        {
            batch.ToTable("EnrollmentImportBatches");
            batch.HasKey(b => b.Id);
            batch.HasIndex(b => b.CourseId);
            batch.Property(b => b.FileName).HasMaxLength(260);
            batch.Property(b => b.CreatedBy).HasMaxLength(256);
        });
    }
}
