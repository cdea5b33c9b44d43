package nl.koers.architecture;

import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

/** Every module's main classes keep to the {@link Layout}. */
@AnalyzeClasses(packages = "nl.koers", importOptions = {DoNotIncludeTests.class, Layout.KoersMainClasses.class})
class LayoutTest {

    @ArchTest
    static final ArchTests LAYOUT = ArchTests.in(Layout.class);
}
