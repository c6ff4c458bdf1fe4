using Jixiao.Testing;
using static Jixiao.Interchange.Tests.Text.TestForms;

namespace Jixiao.Interchange.Tests.Text;

/// A row run together with two people on it ("项目负责人范首江联系人陈凯孝联系电话…"): the three-character person's label
/// 联系人 ends the value of the label before it, as it cannot be part of a name.
public class GluedPersonLabelTests
{
    [Fact]
    public void SeedRunTogether_LeadAndContactOnOneLine_ReadsBothPeople()
    {
        var form = Read("nanchang-seed-run-together-lines.txt").Declaration;

        Assert.Equal("范首江", form.ProjectLead);
        Assert.Equal("陈凯孝", form.ContactPerson);
        Assert.Equal("18107000408", form.ContactPhone);
    }

    [Fact]
    public void SeedRunTogether_LeadAndContactOnOneLine_ReadsAsTheSeedDoes()
    {
        var seed = FormFile.Read(Samples.NanchangSeed).Declaration;
        var form = Read("nanchang-seed-run-together-lines.txt").Declaration;

        Assert.Equal((seed.ProjectLead, seed.ContactPerson), (form.ProjectLead, form.ContactPerson));
    }
}
