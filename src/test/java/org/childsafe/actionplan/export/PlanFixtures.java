package org.childsafe.actionplan.export;

import org.childsafe.actionplan.domain.ActionStatus;
import org.childsafe.actionplan.domain.Priority;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A typical Thai plan of a small shelter: 14 actions over four domains, as the PDF prints it. */
final class PlanFixtures {

    static final LocalDate ASSESSED = LocalDate.of(2026, 1, 15);
    static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    /** Thai text with stacked marks (tone above upper vowel, sara am after a tone mark). */
    static final String THAI_ACTION = "ปรับนโยบายคุ้มครองเด็กฉบับตัวอย่างให้เข้ากับงานขององค์กร แล้วเสนอคณะกรรมการเพื่ออนุมัติ";

    private PlanFixtures() {
    }

    static PlanDocument thaiPlan() {
        List<PlanDocument.Row> rows = new ArrayList<>();
        rows.add(row("P1", "P นโยบาย", Priority.URGENT, true, THAI_ACTION, "ผู้อำนวยการ", "คุณสมศรี ใจดี",
                LocalDate.of(2026, 2, 10), "นัดประชุมคณะกรรมการเพื่อพิจารณาร่างนโยบาย", ActionStatus.IN_PROGRESS, null, true));
        rows.add(row("E1", "E บุคลากร", Priority.URGENT, true,
                "ตรวจสอบประวัติอาชญากรรมของเจ้าหน้าที่และอาสาสมัครทุกคนก่อนเริ่มงานกับเด็ก", "เจ้าหน้าที่ฝ่ายบุคคล", null,
                LocalDate.of(2026, 2, 14), null, ActionStatus.OPEN, null, true));
        rows.add(row("E2", "E บุคลากร", Priority.URGENT, true,
                "ให้เจ้าหน้าที่ทุกคนลงนามในจรรยาบรรณและเก็บสำเนาไว้ในแฟ้มบุคลากร", "ผู้อำนวยการ", "Khun Anan",
                LocalDate.of(2026, 4, 14), "พิมพ์จรรยาบรรณฉบับภาษาไทยและภาษาพม่า", ActionStatus.OPEN, null, false));
        rows.add(row("R1", "R ขั้นตอนการปฏิบัติ", Priority.URGENT, true,
                "กำหนดขั้นตอนการรายงานข้อกังวล พร้อมหมายเลขสายด่วน 1300 และผู้ประสานงานด้านการคุ้มครองเด็ก",
                "ผู้ประสานงานด้านการคุ้มครองเด็ก", "คุณวิไล", LocalDate.of(2026, 2, 28), "ร่างแผนผังขั้นตอนหนึ่งหน้า",
                ActionStatus.DONE, null, false));
        rows.add(row("A1", "A การติดตามผล", Priority.HIGH, true,
                "แนบหรือจัดทำหลักฐานสำหรับ: บันทึกเหตุการณ์ที่เกี่ยวกับความปลอดภัยของเด็กทุกครั้ง", null, null,
                LocalDate.of(2026, 4, 15), null, ActionStatus.OPEN, null, false));
        rows.add(row("E6", "E บุคลากร", Priority.HIGH, true,
                "จัดอบรมเรื่องการคุ้มครองเด็กให้เจ้าหน้าที่ใหม่ภายในเดือนแรกของการทำงาน", "ผู้จัดการโครงการ", "คุณประเสริฐ",
                LocalDate.of(2026, 3, 20), "ขอหลักสูตรจากมูลนิธิเครือข่าย", ActionStatus.IN_PROGRESS, null, false));
        rows.add(row("P2", "P นโยบาย", Priority.HIGH, false,
                "เพิ่มหัวข้อเรื่องอันตรายทางออนไลน์และภาพของเด็กในนโยบาย โดยใช้ตัวอย่างสถานการณ์ที่เจ้าหน้าที่เคยพบจริง",
                "ผู้ประสานงานด้านการคุ้มครองเด็ก", null, LocalDate.of(2026, 3, 16), null, ActionStatus.OPEN, null, false));
        rows.add(row("P5", "P นโยบาย", Priority.HIGH, false,
                "ทบทวนนโยบายร่วมกับเจ้าหน้าที่ที่ทำงานกับเด็กกลุ่มเปราะบาง และเพิ่มสิ่งที่เด็กแต่ละกลุ่มต้องการเพื่อความปลอดภัย",
                "ผู้อำนวยการ", "คุณสมศรี ใจดี", LocalDate.of(2026, 4, 15), null, ActionStatus.DROPPED,
                "รวมไว้ในงาน P1 แล้ว", false));
        rows.add(row("E4", "E บุคลากร", Priority.HIGH, false,
                "ใส่เรื่องการคุ้มครองเด็กไว้ในการประเมินผลงานประจำปีของเจ้าหน้าที่ทุกคน", "เจ้าหน้าที่ฝ่ายบุคคล", null,
                LocalDate.of(2026, 4, 15), null, ActionStatus.OPEN, null, false));
        rows.add(row("R3", "R ขั้นตอนการปฏิบัติ", Priority.HIGH, false,
                "ประเมินความเสี่ยงของกิจกรรมนอกสถานที่ทุกครั้งและให้ผู้บริหารลงนาม", "ผู้จัดการโครงการ", null,
                LocalDate.of(2026, 3, 16), null, ActionStatus.OPEN, null, false));
        rows.add(row("P3", "P นโยบาย", Priority.NORMAL, false,
                "จัดทำฉบับสำหรับเด็กร่วมกับกลุ่มเด็ก แล้วติดไว้ในที่ที่เด็กมองเห็น", "ผู้ประสานงานด้านการคุ้มครองเด็ก", null,
                LocalDate.of(2026, 4, 15), "ชวนสภาเด็กช่วยวาดภาพประกอบ", ActionStatus.OPEN, null, false));
        rows.add(row("R7", "R ขั้นตอนการปฏิบัติ", Priority.NORMAL, false,
                "กำหนดกติกาการถ่ายภาพและการใช้ภาพเด็กบนสื่อสังคมออนไลน์ และขอความยินยอมจากเด็กและผู้ปกครอง", null, null,
                LocalDate.of(2026, 7, 14), null, ActionStatus.OPEN, null, false));
        rows.add(row("A2", "A การติดตามผล", Priority.NORMAL, false,
                "ทบทวนแผนปฏิบัติการนี้ทุกสามเดือนในการประชุมทีม", "ผู้อำนวยการ", null, LocalDate.of(2026, 7, 14), null,
                ActionStatus.OPEN, null, false));
        rows.add(row("A4", "A การติดตามผล", Priority.NORMAL, false,
                "สอบถามความเห็นของเด็กและครอบครัวเรื่องความปลอดภัยปีละครั้ง", "ผู้ประสานงานด้านการคุ้มครองเด็ก", null,
                LocalDate.of(2026, 7, 14), null, ActionStatus.OPEN, null, false));
        List<PlanDocument.Progress> progress = List.of(new PlanDocument.Progress("P นโยบาย", 0, 3),
                new PlanDocument.Progress("E บุคลากร", 0, 4), new PlanDocument.Progress("R ขั้นตอนการปฏิบัติ", 1, 3),
                new PlanDocument.Progress("A การติดตามผล", 0, 3));
        return new PlanDocument("th", "มูลนิธิบ้านเด็กเชียงราย", "การประเมินตนเอง 2569", "องค์กรที่ปลอดภัยสำหรับเด็ก – มาตรฐานหลัก 2026.1",
                ASSESSED, TODAY, 42.5, "critical_gaps", rows, progress);
    }

    /** The same plan stretched to {@code actions} actions (rows repeated, codes made unique: "P1.14"). */
    static PlanDocument thaiPlan(int actions) {
        PlanDocument th = thaiPlan();
        List<PlanDocument.Row> rows = new ArrayList<>();
        for (int i = 0; i < actions; i++) {
            PlanDocument.Row r = th.rows().get(i % th.rows().size());
            rows.add(new PlanDocument.Row(r.itemCode() + "." + i, r.domain(), r.priority(), r.critical(), r.text(),
                    r.ownerRole(), r.owner(), r.dueDate(), r.firstStep(), r.resources(), r.completionIndicator(),
                    r.status(), r.dropReason(), r.overdue()));
        }
        return new PlanDocument("th", th.organisation(), th.assessmentTitle(), th.framework(),
                th.assessmentDate(), th.today(), th.score(), th.rating(), rows, th.progress());
    }

    private static PlanDocument.Row row(String code, String domain, Priority priority, boolean critical, String text,
                                        String role, String owner, LocalDate due, String firstStep, ActionStatus status,
                                        String dropReason, boolean overdue) {
        return new PlanDocument.Row(code, domain, priority, critical, text, role, owner, due, firstStep, null, null,
                status, dropReason, overdue);
    }
}
