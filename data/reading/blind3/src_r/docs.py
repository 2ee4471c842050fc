# Long shared payload documents written by writer r (fictional; policy text paraphrases common
# structure of public US police FR policies, no verbatim copying).
BODYCAM = """AXON BODY 3 X60A1123 — transcript export (auto-generated, unreviewed)
Incident 26-041187 | Unit 2B14 Ofc. D. Marquez #4471 | Activation 22:41:07
[22:41:07] (engine noise, radio traffic)
DISPATCH: 2B14, caller at the Shell on Halsted reporting a male refusing to leave, possibly intoxicated, white hoodie, grey sweats.
MARQUEZ: 2B14 copy, two minutes out.
[22:43:30] (car door)
MARQUEZ: Evening, sir. Hey, how you doing. Can you step over here by the ice machine for me?
MALE 1: I ain't did nothing, man, I'm buying a drink.
MARQUEZ: That's fine, nobody said you did. Clerk called us, said there was some yelling. What's going on tonight?
MALE 1: He won't sell me the — he say my card's no good. It's good. It's good, I just got paid.
MARQUEZ: Okay. What's your name, boss?
MALE 1: Why you need my name.
MARQUEZ: Just so I know who I'm talking to. You're not in trouble right now.
MALE 1: Terrell.
MARQUEZ: Terrell what?
MALE 1: Just Terrell.
[22:44:52]
CLERK (off-camera): He been in here three times today, he knocked over the display, I told him leave.
MARQUEZ: Okay, ma'am, I'll come talk to you in a second. Terrell, you got an ID on you?
MALE 1: Left it at my cousin's.
MARQUEZ: All right. Date of birth?
MALE 1: Nine, fourteen, ninety-one.
MARQUEZ: 2B14, can I get a local and wants on a Terrell, no last name given, DOB zero-nine-fourteen-ninety-one.
DISPATCH: 2B14, need a last name for a run.
MARQUEZ: Copy. Terrell, help me out, what's the last name?
MALE 1: Okafor. O-K-A-F-O-R.
MARQUEZ: Okafor, Oscar-Kilo-Adam-Frank-Ocean-Robert.
[22:46:10]
DISPATCH: 2B14, no wants, valid state ID on file, no photo returned.
MARQUEZ: Copy, thank you.
OFC. LINDQVIST (arriving, 2B16): You good?
MARQUEZ: Yeah, we're fine. Can you grab the clerk's statement? She says he knocked over a display.
LINDQVIST: Got it.
[22:47:02]
MALE 1: Man, the display fell, I bumped it. I said sorry.
MARQUEZ: Okay. Here's the thing. She doesn't want you in the store tonight. That's her call, it's her store. I'm not arresting you, but if you go back in after she said no, that's trespass. You understand?
MALE 1: Yeah.
MARQUEZ: You got somewhere to go? It's cold.
MALE 1: My cousin on Fifty-First.
MARQUEZ: Want me to call you a ride, or the shelter van?
MALE 1: Nah I'll walk.
[22:49:40]
LINDQVIST (returning): Clerk says she doesn't want to press anything, just wants him trespassed. Display's a chip rack, nothing broken. Guy that was with him earlier took off toward the bus stop though, she thinks he took a pack of cigarettes.
MARQUEZ: Description?
LINDQVIST: Black jacket, red cap, maybe thirties. She's got it on the camera behind the counter.
MARQUEZ: Okay, let's get the store to save that clip. Sir, your buddy — who was that?
MALE 1: I don't know him, he was just standing there.
MARQUEZ: Okay.
[22:51:15]
MARQUEZ: 2B14, one male trespassed from the Shell, verbal warning, he's walking northbound. We're going to pull the video for a possible theft, unknown suspect, black jacket, red cap.
DISPATCH: Copy, 22:51.
[22:53:00] (clerk interview, partially inaudible)
CLERK: ...I don't know, he came in with him, bought nothing. He put the cigarettes in his pocket, I saw on the screen after.
MARQUEZ: Can you export the clip to a USB for us? Or our records unit can email you a request.
CLERK: The manager does that in the morning.
MARQUEZ: Okay, I'll leave a card. Case number's on the back.
[22:55:31] (walking to vehicle)
LINDQVIST: You want to canvass the bus stop?
MARQUEZ: Bus already came. We'll put it in the report and let day shift get the video.
[22:56:04] END OF RECORDING
"""

POLICY = """RIVERTON POLICE DEPARTMENT — GENERAL ORDER 4.37
FACIAL RECOGNITION TECHNOLOGY (DRAFT 3 — FOR COMMAND STAFF REVIEW)

I. PURPOSE
This order establishes the circumstances under which members of the Riverton Police Department may request a facial recognition search, the procedures for submitting, reviewing and documenting such requests, and the safeguards that protect civil rights and civil liberties.

II. POLICY
Facial recognition technology (FRT) produces investigative leads only. A possible match returned by an FRT search is not positive identification and shall not, by itself, establish probable cause for arrest, search, or any other enforcement action. Any lead must be corroborated by independent investigative steps.

III. DEFINITIONS
A. Probe image: a photograph or still image of an unknown person submitted for comparison.
B. Candidate list: the ranked set of images returned by the FRT system.
C. Trained examiner: a member who has completed the department-approved facial comparison and identification course and annual refresher.
D. Authorized database: the county booking photograph repository maintained under the interlocal agreement of 2021. No other repository may be searched.

IV. PROHIBITED USES
A. Members shall not use FRT on live or streaming video, including body-worn camera, in-car camera, or drone feeds.
B. Members shall not use FRT to identify persons engaged in activity protected by the First Amendment, including lawful assembly and protest, unless there is reasonable suspicion of a specific criminal offense.
C. Members shall not submit probe images obtained from social-media platforms whose terms prohibit such use, nor use any commercial service that compiles images scraped from the internet.
D. Members shall not use FRT to infer race, gender, emotion, or other characteristics.
E. Members shall not use personal devices or personal accounts to perform any FRT search.

V. PROCEDURE
A. Request. A member seeking an FRT search shall complete form RPD-412, including the case number, offence, the source of the probe image, and the supervisor's approval.
B. Review. The Real Time Crime Center supervisor shall verify that the request meets the criteria of this order before forwarding to a trained examiner.
C. Examination. The trained examiner shall conduct the search, perform a morphological comparison of any candidates, and document the result as "possible lead," "no lead," or "inconclusive." Two examiners shall independently review any possible lead.
D. Dissemination. Possible leads shall be disseminated only to the requesting member, marked with the caveat: "INVESTIGATIVE LEAD ONLY — NOT PROBABLE CAUSE."
E. Photo arrays. If an FRT lead is used to construct a photo array, the array shall be administered double-blind in accordance with General Order 4.12, and the FRT candidate shall not be presented to the witness as a suspect.

VI. RECORDS AND AUDIT
A. All FRT requests, including denied requests, shall be logged.
B. The Professional Standards Unit shall audit no fewer than ten percent of requests every quarter.
C. An annual report summarizing the number of searches, the offence categories, the number of possible leads, and any misuse shall be published on the department website no later than March 31.
D. Probe images of persons not charged shall be purged after 180 days unless needed for an open investigation.

VII. TRAINING
All members authorized to request FRT searches shall complete a two-hour course covering this order, the limitations of the technology, demographic differentials documented by NIST, and the risk of confirmation bias.

VIII. VENDOR AND DATA
A. The department shall not contract with any vendor whose system has not been evaluated by NIST FRTE within the preceding 24 months.
B. Vendor access to probe images is prohibited except as necessary for system maintenance under a CJIS-compliant agreement.

IX. COMPLIANCE
Violation of this order may result in discipline up to and including termination. Members shall report known or suspected misuse to their supervisor or to the Professional Standards Unit.

X. REVIEW
This order shall be reviewed annually by the Office of the Chief and the City Attorney.
"""

RFP = """REQUEST FOR PROPOSALS No. 2026-114
INVESTIGATIVE IMAGE ANALYSIS PLATFORM
Issued by: City of Riverton, Purchasing Division, on behalf of the Riverton Police Department
Proposal due date: April 30, 2026, 2:00 p.m. local time

1. BACKGROUND
The Riverton Police Department (RPD) serves a population of approximately 310,000 and operates 420 body-worn cameras, 96 in-car camera systems, and a Real Time Crime Center (RTCC) that receives voluntary video from registered businesses. RPD currently processes digital evidence with a patchwork of desktop tools. The department seeks a single platform to ingest, organize, redact, transcribe and analyze digital video and image evidence.

2. SCOPE OF SERVICES
2.1 Evidence ingestion from Axon Evidence, Motorola CommandCentral and USB exports, with chain-of-custody hashing at ingest.
2.2 Automated transcription of audio tracks in English and Spanish, with speaker diarization and timestamps, exportable to the RMS narrative field.
2.3 Redaction: automatic detection and blurring of faces, license plates, screens and identification documents, with manual review and an audit trail of every redaction decision, supporting public-records release.
2.4 Object and event search across recorded footage: vehicle type and colour, clothing colour, presence of persons, direction of travel.
2.5 Optional Module F (priced separately): facial comparison of a probe image against the county booking photo repository, for use only by trained examiners under General Order 4.37, on recorded evidence only.
2.6 Reporting dashboards for supervisors.

3. MINIMUM REQUIREMENTS
3.1 CJIS Security Policy compliance, including advanced authentication and encryption at rest and in transit.
3.2 Hosting in a US government cloud region.
3.3 Role-based access control with per-case permissions.
3.4 Complete audit logging exportable to the city SIEM.
3.5 Any facial comparison component must have been evaluated in NIST FRTE 1:N within the last 24 months, and the vendor shall disclose demographic differential results.
3.6 The platform shall not offer live or streaming facial identification on body-worn, in-car or drone video, and shall not include images scraped from the internet.

4. EVALUATION CRITERIA
Technical approach 35 points; experience and references 20 points; security and privacy 20 points; cost 20 points; local business preference 5 points.

5. SUBMISSION
Proposals shall include: cover letter; technical narrative not exceeding 40 pages; completed security questionnaire (Attachment C); pricing sheet (Attachment D) with Module F priced separately; three references from agencies of comparable size; certificate of insurance.

6. QUESTIONS
Questions shall be submitted in writing to the Purchasing Division no later than April 10. Answers will be posted as an addendum. Contact with department staff about this RFP outside the designated channel may result in disqualification.

7. CONTRACT TERM
Initial term of three years with two optional one-year renewals. The city reserves the right to award Module F separately or not at all, following the City Council's review under the Surveillance Technology Ordinance.

ATTACHMENT A — SURVEILLANCE TECHNOLOGY ORDINANCE SUMMARY
Before acquiring any surveillance technology, the department must submit a surveillance impact report and a use policy to the City Council, hold a public hearing, and obtain Council approval. An annual report on use must follow. Facial recognition is a surveillance technology under the ordinance.

ATTACHMENT B — DATA RETENTION
Evidence retention follows the state records schedule. Transcripts and redaction logs are retained with the evidence. Module F probe images of uncharged persons are purged after 180 days.
"""

INTERVIEW = """RIVERTON POLICE DEPARTMENT — RECORDED INTERVIEW TRANSCRIPT
Case 26-041902 | Interview Room 2 | Det. A. Kowalczyk (AK) | Witness: R. Benning (RB)
Start 14:02

AK: This is Detective Kowalczyk, it's the 9th, 2:02 p.m., interview room two. With me is Ms. Benning. Ms. Benning, you understand you're being recorded?
RB: Yes.
AK: You're here voluntarily and you can leave whenever you want.
RB: I know. I want to help.
AK: Tell me in your own words what happened Tuesday night.
RB: So I close at the laundromat, the one on Pike, I lock up around ten. I was taking the trash out back and there was a car in the alley, a dark SUV, the engine running. Two guys were by the side door of the pharmacy next door.
AK: How far away were they?
RB: Like from here to the hallway. Thirty feet, maybe less.
AK: Lighting?
RB: There's that one light over the pharmacy door, it's orange. So not great but I could see.
AK: What were they doing?
RB: One was kind of prying at the door, the other one was watching. The watching one saw me. He said something like "keep walking" and I went back inside and called.
AK: Describe the one who spoke to you.
RB: Taller, skinny, grey hoodie, hood up but his face was out. Beard, short. He had a tattoo on his hand, like a star or something. Maybe late twenties.
AK: And the other one?
RB: Shorter, heavier, black jacket. I didn't see his face, he had his back to me the whole time.
AK: Had you seen either of them before?
RB: The tall one, I think so. I think he's come into the laundromat. Not recently. Last summer maybe.
AK: Do you know his name?
RB: No. I'd know him if I saw him though.
AK: Okay. I want to be careful here. I'm not going to show you any pictures today. If we do a photo lineup later, it'll be done by a different officer who doesn't know who the suspect is, and the person you saw may or may not be in it. Does that make sense?
RB: Yeah.
AK: The SUV — anything about it?
RB: Dark, maybe dark blue. Tinted. I saw part of the plate, it started with a seven, and there was an "L". Out of state I think, it was a white plate with a red top, not ours.
AK: Good. Anything else on the car?
RB: The back bumper had a sticker, like a round one. I don't know what.
AK: Which way did it go?
RB: I didn't see it leave. When I came back out after I called, it was gone.
AK: How long between when you went inside and when you came back out?
RB: Like four minutes? The dispatcher told me stay inside, so, maybe longer.
AK: Did you see the officers arrive?
RB: Yes, two cars.
AK: Anything you remember now that you didn't tell the officers that night?
RB: The tall one, his voice. He had an accent, like southern. And he was wearing those slides, the sandals, with socks. I thought that was weird for breaking in.
AK: That's helpful. Anything else?
RB: No. Is the pharmacy okay?
AK: They're fine. They got the door open but the alarm went. Nothing was taken as far as we know.
AK: Ms. Benning, I'm going to give you my card. If you remember anything else, or if you see the SUV again, call me, don't approach anyone.
RB: Okay.
AK: It's 2:19 p.m., ending the interview.
End 14:19

SUPPLEMENT — Det. Kowalczyk, 15:05
Canvass: pharmacy rear camera (fixed, CAM 02 ALLEY) recorded the event 22:04–22:09. Footage exported to evidence (item 6). Laundromat has no rear camera. Partial plate "7?L" out-of-state with red header — possible match to a regional alert for a dark blue SUV associated with pharmacy burglaries in two neighboring counties. Requested regional LPR hits for dark SUVs with partial 7*L* between 21:30 and 22:30. Witness described tattoo on hand (star), southern accent, slides with socks.
"""

CAD = """CAD EVENT CHRONOLOGY — EVENT 26-041902 (BURGLARY IN PROGRESS, 1400 BLK PIKE ST)
22:04:51 CALL RECEIVED 911 WIRELESS, CALLER: LAUNDROMAT EMPLOYEE, 2 MALES PRYING REAR DOOR OF PHARMACY
22:05:10 PRIORITY 1 ASSIGNED
22:05:22 2B11 DISPATCHED / 2B14 DISPATCHED
22:05:40 CALLER ADV SUSP 1 TALL THIN GRY HOODIE BEARD; SUSP 2 SHORT HEAVY BLK JACKET; DK SUV RUNNING IN ALLEY
22:06:02 CALLER ADVISED TO STAY INSIDE
22:07:15 ALARM CO CONFIRMS REAR DOOR ZONE 4 ALARM PHARMACY
22:08:30 2B11 ON SCENE
22:08:41 2B11: NEG SUSPS IN ALLEY, DOOR DAMAGED, BUILDING SECURE
22:09:02 2B14 ON SCENE, CHECKING PERIMETER NB
22:10:11 BOLO BROADCAST: DK BLUE SUV TINTED PARTIAL PLATE 7*L* OUT OF STATE WHITE W/ RED HEADER
22:14:50 K9 UNAVAILABLE
22:19:33 2B14 CONTACTING WITNESS
22:41:00 KEYHOLDER ON SCENE
22:58:12 2B11 CLEAR, REPORT TO FOLLOW
23:02:45 2B14 CLEAR
"""
PACKET = ("CASE PACKET — compiled for supervisor review\n\n=== 1. CAD ===\n" + CAD + "\n=== 2. INTERVIEW ===\n" + INTERVIEW
          + "\n=== 3. BODYCAM TRANSCRIPT (related call earlier that night) ===\n" + BODYCAM
          + "\n=== 4. DEPARTMENT POLICY ===\n" + POLICY + "\n=== 5. PROCUREMENT (for context on Module F) ===\n" + RFP)
BIG = PACKET + "\n=== 6. APPENDIX: PRIOR DRAFTS OF GO 4.37 ===\n" + POLICY.replace("DRAFT 3", "DRAFT 2") + "\n" + POLICY.replace("DRAFT 3", "DRAFT 1")
