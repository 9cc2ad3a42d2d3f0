using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InnovationAcademy.Enrollments.Models;

internal sealed class EnquiryConfiguration : IEntityTypeConfiguration<Enquiry>
{
    public void Configure(EntityTypeBuilder<Enquiry> enquiry)
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
    }
}
