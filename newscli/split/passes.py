"""The passes that read a line's neighbours, in the order they run.

features.py scores each line by its own shape; these passes then adjust the scores by what
stands around it (boxes.py: ads, notices, the colophon; neighbours.py: verse, names under
headlines; head_matter.py: captions, a site's lines and photo news; headings.py: the lines
beside a headline; runs.py: runs of lines read together). The order matters: a later pass
reads what an earlier one marked (a contents box's lines are no headlines by the time column
labels are read over them).
"""

from __future__ import annotations

from .boxes import (
    keep_dates_under_signers,
    mark_ad_heads,
    mark_hotlines_alone,
    mark_label_lists,
    mark_masthead_blocks,
    mark_notice_lists,
    mark_numbered_lists,
    mark_under_notice_headings,
)
from .head_matter import (
    keep_captions_over_credits,
    keep_photos_over_leads,
    mark_photo_news,
    offer_captions,
)
from .headings import (
    drop_credits_in_interviews,
    keep_credits_under_lone_leads,
    keep_headlines_over_web_lines,
    keep_interviews_going,
    keep_story_editors,
    mark_column_labels,
    mark_dash_kickers,
    mark_dates_under_site_lines,
    mark_heads_over_credits,
    mark_lead_ins,
    mark_papers_signing_notices,
    mark_questions_over_headlines,
    mark_repeated_headlines,
    mark_series_tags,
)
from .neighbours import (
    drop_names_opening_after_text,
    drop_names_under_the_header,
    keep_briefs_under_their_heading,
    keep_quotations_whole,
    mark_pen_names,
    mark_retold_headlines,
    mark_signers_under_headlines,
    mark_titled_verse,
    mark_verse,
    offer_editors_notes,
    open_brief_columns,
)
from .roles import Scores
from .runs import (
    mark_caption_runs,
    mark_contact_notices,
    mark_contents_lists,
    mark_invited_contacts,
    mark_score_lists,
    mark_signed_notices,
    mark_signed_text,
)
from .source import Line


def read_neighbours(lines: list[Line], result: list[Scores], gaps: list[bool]) -> None:
    mark_photo_news(result)
    keep_briefs_under_their_heading(lines, result)
    open_brief_columns(lines, result)
    keep_quotations_whole(lines, result)
    mark_label_lists(lines, result)
    mark_score_lists(lines, result)
    mark_contents_lists(lines, result)
    mark_numbered_lists(lines, result)
    mark_under_notice_headings(lines, result)
    mark_notice_lists(lines, result)
    mark_ad_heads(lines, result)
    mark_invited_contacts(lines, result)
    mark_signed_text(lines, result)
    mark_signed_notices(lines, result)
    keep_dates_under_signers(lines, result)
    mark_contact_notices(lines, result)
    mark_pen_names(lines, result)
    mark_dates_under_site_lines(lines, result)
    keep_headlines_over_web_lines(lines, result)
    keep_story_editors(lines, result)
    mark_dash_kickers(lines, result)
    mark_lead_ins(lines, result)
    keep_interviews_going(lines, result)
    drop_credits_in_interviews(lines, result)
    keep_credits_under_lone_leads(lines, result)
    drop_names_under_the_header(result)
    mark_questions_over_headlines(lines, result)
    mark_heads_over_credits(lines, result)
    mark_hotlines_alone(result)
    mark_masthead_blocks(lines, result)
    mark_column_labels(lines, result)
    mark_papers_signing_notices(lines, result)
    mark_verse(lines, result)
    mark_titled_verse(lines, result)
    offer_captions(lines, result)
    drop_names_opening_after_text(result)
    mark_signers_under_headlines(lines, result)
    mark_retold_headlines(lines, result)
    keep_photos_over_leads(result)
    keep_captions_over_credits(lines, result)
    mark_repeated_headlines(lines, result)
    mark_series_tags(lines, result)
    mark_caption_runs(lines, result, gaps)
    offer_editors_notes(lines, result)
