namespace Corridor.Agreements.Agreements;

/// <summary>The five cooperation areas (五联) every agreement plans and reports against.</summary>
public enum CooperationArea
{
    /// <summary>理论联学</summary>
    JointStudy,

    /// <summary>组织联建</summary>
    JointOrganization,

    /// <summary>骨干联训</summary>
    JointTraining,

    /// <summary>工作联促</summary>
    JointWork,

    /// <summary>项目联推: the actual figure is the number of approved joint projects linked to the agreement.</summary>
    JointProjects,
}
